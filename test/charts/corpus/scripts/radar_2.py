import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8), subplot_kw={'projection': 'polar'})
labels = ["Speed", "Power", "Range", "Cost", "Safety", "Comfort", "Style"]
angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
angles += angles[:1]
v0 = [7, 5, 3, 2, 3, 8, 6]
v0 += v0[:1]
ax.plot(angles, v0, color="#0072b2", linewidth=2, label='option 1')
ax.fill(angles, v0, color="#0072b2", alpha=0.25)
ax.set_xticks(angles[:-1], labels)
ax.set_ylim(0, 10)
ax.legend(loc='upper right', bbox_to_anchor=(1.3, 1.1))
ax.set_title("Player attributes")
