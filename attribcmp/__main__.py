from attribcmp.cli import main

main()
