import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
sales = [88, 44, 83, 23, 46, 81]
margin = [19.6, 10.4, 22.7, 16.9, 20.3, 6.3]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#264653")
ax1.set_ylabel('Sales', color="#264653")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#2a9d8f", marker='o')
ax2.set_ylabel('Margin (%)', color="#2a9d8f")
ax1.set_title("Sales and margin (preliminary)")
fig.tight_layout()
