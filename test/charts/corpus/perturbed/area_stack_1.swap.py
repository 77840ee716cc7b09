import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [27, 20, 9, 6, 27, 16, 23, 22]
gas = [26, 12, 9, 18, 16, 29, 8, 29]
solar = [21, 11, 10, 14, 20, 20, 17, 18]
colors = ["#355070", "#6d597a", "#b56576"]
for vals, name, col in zip([coal, gas, solar], ['Coal', 'Gas', 'Solar'], colors):
    ax.plot(years, vals, label=name, color=col)
ax.legend(loc='upper left')
ax.set_title("Users by platform", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Year", fontsize=13)
ax.set_ylabel("TWh", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
