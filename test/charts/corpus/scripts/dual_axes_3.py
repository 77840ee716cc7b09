import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
sales = [89, 67, 25, 80, 25, 41, 44, 36, 66]
margin = [23.2, 21.3, 9.5, 25, 18.5, 7, 11.1, 9.7, 24.1]
fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.bar(months, sales, color="#0072b2")
ax1.set_ylabel('Sales', color="#0072b2")
ax2 = ax1.twinx()
ax2.plot(months, margin, color="#e69f00", marker='o')
ax2.set_ylabel('Margin (%)', color="#e69f00")
ax1.set_title("Production and price")
fig.tight_layout()
