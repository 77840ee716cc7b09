import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
city_a = [20.9, 28.5, 33.3, 30.5, 20.4, 26.3, 21.8, 21.3, 29, 20.7]
ax.plot(months, city_a, marker='o', linestyle='-', color="#4c72b0", label="city_a")
city_b = [12.4, 16.5, 15.8, 23.6, 11.4, 23.8, 28.8, 12.3, 33.5, 15.2]
ax.plot(months, city_b, marker='o', linestyle='--', color="#dd8452", label="city_b")
ax.legend()
ax.set_title("Rainfall by month")
ax.set_xlabel("Month")
ax.set_ylabel("Value")
