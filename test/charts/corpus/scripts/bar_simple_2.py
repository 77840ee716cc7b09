import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
categories = ["Q1", "Q2", "Q3", "Q4"]
values = [43, 92, 44, 92]
bars = plt.bar(categories, values, color="#264653", edgecolor='black', linewidth=0.6)
plt.ylim(0, 120)
plt.title("Quarterly revenue")
plt.xlabel("Category")
plt.ylabel("Value")
plt.tight_layout()
plt.show()
