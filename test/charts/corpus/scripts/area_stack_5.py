import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [23, 11, 8, 26, 18, 9, 23, 14]
gas = [6, 12, 29, 16, 21, 30, 22, 17]
solar = [29, 16, 30, 28, 11, 21, 6, 9]
colors = ["#0072b2", "#e69f00", "#009e73"]
ax.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)
ax.legend(loc='upper left')
ax.set_title("Cloud spend", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Year", fontsize=13)
ax.set_ylabel("TWh", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
