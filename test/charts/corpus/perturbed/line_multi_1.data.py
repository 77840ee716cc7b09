import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"]
city_a = [36.3, 37.2, 38.7, 66.5, 41, 36.2, 40.3]
ax.plot(months, city_a, marker='o', linestyle='-', color="#355070", label="city_a")
city_b = [24.6, 27.9, 25.7, 31.2, 30, 32.7, 30.1]
ax.plot(months, city_b, marker='o', linestyle='--', color="#6d597a", label="city_b")
ax.legend()
ax.set_title("Training loss", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Month", fontsize=13)
ax.set_ylabel("Value", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
