import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
coal = [12, 10, 15, 21, 30, 8, 29, 11]
gas = [26, 26, 22, 29, 5, 8, 21, 30]
solar = [7, 6, 9, 6, 25, 5, 6, 22]
colors = ["#003f5c", "#58508d", "#bc5090"]
ax.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)
ax.legend(loc='upper left')
ax.set_title("Energy mix over time (preliminary)")
ax.set_xlabel("Year")
ax.set_ylabel("TWh")
