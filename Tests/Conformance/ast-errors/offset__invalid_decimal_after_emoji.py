x = ["😀", 1abc]
