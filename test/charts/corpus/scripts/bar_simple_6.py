import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
categories = ["Oslo", "Lima", "Perth", "Quito", "Riga", "Hanoi"]
values = [41, 12, 34, 75, 76, 42]
bars = plt.bar(categories, values, color="#1f77b4", edgecolor='black', linewidth=0.6)
plt.ylim(0, 100)
plt.title("City population")
plt.xlabel("Category")
plt.ylabel("Value")
plt.tight_layout()
plt.show()
