import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
items = ["North", "South", "East", "West", "Central"]
agree = np.array([32, 41, 14, 31, 49])
neutral = np.array([6, 19, 5, 26, 24])
disagree = np.array([9, 18, 14, 10, 10])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#003f5c")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#58508d")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#bc5090")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Traffic sources")
ax.set_xlabel("Responses")
