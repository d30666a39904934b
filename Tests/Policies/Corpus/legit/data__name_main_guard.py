def main(data):
    return sorted(data, reverse=True)[:3]

if __name__ == "__main__":
    result = main(scores)
