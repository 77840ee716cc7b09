import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [23, 8, 11, 15, 25, 30, 23, 26]
gas = [5, 5, 6, 7, 19, 29, 21, 24]
solar = [27, 27, 28, 12, 10, 19, 28, 11]
colors = ["#6a4c93", "#1982c4", "#8ac926"]
ax.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)
ax.legend(loc='upper left')
ax.set_title("World population by continent")
ax.set_xlabel("Year")
ax.set_ylabel("TWh")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
