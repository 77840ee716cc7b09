import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
city_a = [34.4, 40.6, 33.3, 36.4, 45.8, 51.2]
ax.plot(months, city_a, marker='o', linestyle='-', color="#003f5c", label="city_a")
ax.legend()
ax.set_title("Monthly temperature (preliminary)")
ax.set_xlabel("Month")
ax.set_ylabel("Value")
