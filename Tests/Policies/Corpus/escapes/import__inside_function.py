# expect: RS101
def sneaky():
    import socket
    return socket.socket()

result = 1
