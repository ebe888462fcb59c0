from screener.cli.commands import main

main()
