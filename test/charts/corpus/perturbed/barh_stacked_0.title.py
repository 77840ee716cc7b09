import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
items = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
agree = np.array([40, 24, 28, 38, 31, 47, 30])
neutral = np.array([20, 30, 13, 7, 24, 8, 10])
disagree = np.array([11, 23, 23, 24, 28, 23, 12])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#6a4c93")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#1982c4")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#8ac926")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Survey responses by question (preliminary)")
ax.set_xlabel("Responses")
