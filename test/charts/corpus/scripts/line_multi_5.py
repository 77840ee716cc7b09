import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
city_a = [17.6, 14.2, 13.2, 24.7, 20.1, 12.1, 22.7, 15.4, 31.3, 6.4, 25.7]
ax.plot(months, city_a, marker='o', linestyle='-', color="#0072b2", label="city_a")
city_b = [16.6, 19, 20.8, 23.7, 15.3, 30.8, 23.7, 31.1, 19.3, 38.5, 29.8]
ax.plot(months, city_b, marker='o', linestyle='--', color="#e69f00", label="city_b")
city_c = [35.2, 39.5, 42.6, 42.6, 38.9, 44.4, 34.1, 50.2, 45.2, 31.9, 58.2]
ax.plot(months, city_c, marker='o', linestyle='-.', color="#009e73", label="city_c")
ax.legend()
ax.set_title("CPU usage", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Month", fontsize=13)
ax.set_ylabel("Value", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
