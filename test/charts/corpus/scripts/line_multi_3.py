import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
city_a = [20.6, 20.8, 26.2, 21.9, 27.8, 17.8, 28, 36.9, 19]
ax.plot(months, city_a, marker='o', linestyle='-', color="#6a4c93", label="city_a")
ax.legend()
ax.set_title("Website traffic")
ax.set_xlabel("Month")
ax.set_ylabel("Value")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
