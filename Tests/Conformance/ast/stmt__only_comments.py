# a comment

   # indented comment

