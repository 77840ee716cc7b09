import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
items = ["Oslo", "Lima", "Perth", "Quito", "Riga", "Hanoi"]
agree = np.array([21, 23, 38, 46, 50, 46])
neutral = np.array([9, 29, 26, 24, 18, 12])
disagree = np.array([7, 11, 15, 10, 16, 30])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#0072b2")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#e69f00")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#009e73")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Budget split")
ax.set_xlabel("Responses")
