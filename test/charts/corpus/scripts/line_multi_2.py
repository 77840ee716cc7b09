import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
city_a = [10.2, 11.9, 12.6, 13.1, 18.7, 8.5, 25.5, 22.8]
plt.plot(months, city_a, marker='o', linestyle='-', color="#264653", label="city_a")
city_b = [24.3, 28.5, 23.7, 26.1, 33.5, 25.2, 36.9, 20.6]
plt.plot(months, city_b, marker='o', linestyle='--', color="#2a9d8f", label="city_b")
city_c = [24.4, 25.1, 23.1, 23.7, 18.6, 25.3, 19.7, 22.3]
plt.plot(months, city_c, marker='o', linestyle='-.', color="#e9c46a", label="city_c")
plt.legend()
plt.title("Stock price")
plt.xlabel("Month")
plt.ylabel("Value")
plt.tight_layout()
plt.show()
