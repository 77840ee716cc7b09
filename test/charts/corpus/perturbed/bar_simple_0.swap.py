import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
categories = ["Apples", "Pears", "Plums", "Cherries", "Grapes", "Figs"]
values = [70, 52, 50, 34, 24, 13]
ax.plot(categories, values, marker='o', color="#003f5c")
ax.set_ylim(0, 90)
ax.set_title("Fruit supply by kind")
ax.set_xlabel("Category")
ax.set_ylabel("Value")
