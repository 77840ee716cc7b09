import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8), subplot_kw={'projection': 'polar'})
labels = ["Speed", "Power", "Range", "Cost", "Safety"]
angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
angles += angles[:1]
v0 = [5, 4, 7, 9, 7]
v0 += v0[:1]
ax.plot(angles, v0, color="#6a4c93", linewidth=2, label='option 1')
ax.fill(angles, v0, color="#6a4c93", alpha=0.25)
ax.set_xticks(angles[:-1], labels)
ax.set_ylim(0, 10)
ax.legend(loc='upper right', bbox_to_anchor=(1.3, 1.1))
ax.set_title("Skill profile")
