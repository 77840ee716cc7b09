import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [18, 6, 11, 24, 27, 13, 23, 28]
gas = [11, 29, 22, 29, 25, 15, 29, 19]
solar = [24, 11, 9, 23, 23, 14, 21, 7]
colors = ["#1f77b4", "#ff7f0e", "#2ca02c"]
plt.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)
plt.legend(loc='upper left')
plt.title("Fleet composition")
plt.xlabel("Year")
plt.ylabel("TWh")
plt.tight_layout()
plt.show()
