import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"]
sales = [43, 79, 72, 34, 82, 43, 77]
margin = [8.1, 8.9, 20.8, 21.8, 10.1, 21.1, 14.8]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#003f5c")
ax1.set_ylabel('Sales', color="#003f5c")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#58508d", marker='o')
ax2.set_ylabel('Margin (%)', color="#58508d")
ax1.set_title("Orders and returns")
fig.tight_layout()
