import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
t = np.arange(14)
level = [5, 5, 2, 20, 9, 4, 3, 18, 8, 0, 15, 14, 17, 18]
plt.step(t, level, where='post', color="#1f77b4", label='level')
plt.axhline(10, color='gray', linestyle=':')
plt.legend()
plt.title("Staffing plan")
plt.xlabel("Time")
plt.ylabel("Units")
plt.tight_layout()
plt.show()
