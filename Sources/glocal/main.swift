print("glocal")
