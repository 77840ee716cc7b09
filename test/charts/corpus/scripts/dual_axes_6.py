import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
sales = [90, 21, 84, 32, 86, 58, 77, 83]
margin = [5.4, 8.8, 23.5, 10.6, 11.5, 22.9, 7.8, 9.6]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#355070")
ax1.set_ylabel('Sales', color="#355070")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#6d597a", marker='o')
ax2.set_ylabel('Margin (%)', color="#6d597a")
ax1.set_title("Traffic and conversion")
fig.tight_layout()
