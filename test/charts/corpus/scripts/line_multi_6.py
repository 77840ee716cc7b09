import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
city_a = [20.2, 14.2, 19.8, 20.9, 22.5, 27, 16.1, 25.7, 40.7, 33.1, 23.9, 12.6]
plt.plot(months, city_a, marker='o', linestyle='-', color="#1f77b4", label="city_a")
plt.legend()
plt.title("Average commute")
plt.xlabel("Month")
plt.ylabel("Value")
plt.tight_layout()
plt.show()
