import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
t = np.arange(10)
level = [3, 5, 6, 19, 3, 11, 10, 16, 14, 4]
plt.step(t, level, where='post', color="#264653", label='level')
plt.axhline(10, color='gray', linestyle=':')
plt.legend()
plt.title("Queue length")
plt.xlabel("Time")
plt.ylabel("Units")
plt.tight_layout()
plt.show()
