import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
categories = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
values = [90, 20, 79, 81, 76, 65, 88]
bars = ax.bar(categories, values, color="#4c72b0", edgecolor='black', linewidth=0.6)
ax.set_ylim(0, 110)
ax.set_title("Daily visitors")
ax.set_xlabel("Category")
ax.set_ylabel("Value")
