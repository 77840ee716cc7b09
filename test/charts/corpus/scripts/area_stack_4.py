import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [16, 26, 21, 5, 26, 30, 25, 24]
gas = [6, 16, 29, 8, 22, 15, 9, 23]
solar = [30, 15, 16, 14, 29, 7, 23, 12]
colors = ["#4c72b0", "#dd8452", "#55a868"]
ax.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)
ax.legend(loc='upper left')
ax.set_title("Revenue streams")
ax.set_xlabel("Year")
ax.set_ylabel("TWh")
