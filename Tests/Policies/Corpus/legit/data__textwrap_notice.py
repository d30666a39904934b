import textwrap

notice = f"Dear {customer['name']}, your order {order['id']} has shipped and will arrive soon."
result = textwrap.fill(notice, width=40)
