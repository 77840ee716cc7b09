import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [5, 30, 30, 28, 19, 7, 5, 20]
gas = [26, 17, 21, 26, 5, 18, 28, 12]
solar = [30, 12, 28, 25, 24, 13, 8, 14]
colors = ["#264653", "#2a9d8f", "#e9c46a"]
plt.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)
plt.legend(loc='upper left')
plt.title("Storage by type")
plt.xlabel("Year")
plt.ylabel("TWh")
plt.tight_layout()
plt.show()
