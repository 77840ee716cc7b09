import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
items = ["ResNet", "ViT", "ConvNeXt", "Swin", "DeiT"]
agree = np.array([41, 14, 36, 41, 21])
neutral = np.array([27, 30, 21, 10, 6])
disagree = np.array([19, 7, 18, 28, 25])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#264653")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#2a9d8f")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#e9c46a")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Land use")
ax.set_xlabel("Responses")
