import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
sales = [70, 37, 62, 57, 28, 76, 29, 76]
margin = [20.3, 13.8, 12, 21.9, 7.4, 22.5, 18.1, 21.2]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#4c72b0")
ax1.set_ylabel('Sales', color="#4c72b0")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#dd8452", marker='o')
ax2.set_ylabel('Margin (%)', color="#dd8452")
ax1.set_title("Requests and latency")
fig.tight_layout()
