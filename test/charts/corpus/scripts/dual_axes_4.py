import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
sales = [51, 81, 72, 42, 74, 78]
margin = [17.9, 12, 5.6, 23.2, 7.1, 12.4]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#1f77b4")
ax1.set_ylabel('Sales', color="#1f77b4")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#ff7f0e", marker='o')
ax2.set_ylabel('Margin (%)', color="#ff7f0e")
ax1.set_title("Users and revenue")
fig.tight_layout()
