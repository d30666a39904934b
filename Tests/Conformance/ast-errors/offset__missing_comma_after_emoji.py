print("😀" "é" x)
