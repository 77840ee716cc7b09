import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"]
sales = [37, 35, 49, 105.5, 73, 41, 31]
margin = [24.6, 20, 7.9, 11.8, 21.9, 24.8, 8.9]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#6a4c93")
ax1.set_ylabel('Sales', color="#6a4c93")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#1982c4", marker='o')
ax2.set_ylabel('Margin (%)', color="#1982c4")
ax1.set_title("Rainfall and temperature")
fig.tight_layout()
