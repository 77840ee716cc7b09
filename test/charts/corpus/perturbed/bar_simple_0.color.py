import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
categories = ["Apples", "Pears", "Plums", "Cherries", "Grapes", "Figs"]
values = [70, 52, 50, 34, 24, 13]
bars = ax.bar(categories, values, color="#ff00ff", edgecolor='black', linewidth=0.6)
ax.set_ylim(0, 90)
ax.set_title("Fruit supply by kind")
ax.set_xlabel("Category")
ax.set_ylabel("Value")
