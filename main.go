// Command dateline is a terminal news browser: it loads a folder of news
// articles, feeds from its library, or the bundled corpus, and lets you read
// them, fuzzy-find them and browse them by country.
package main

import (
	"os"

	"dateline/ui/cli"
)

func main() { os.Exit(cli.Main()) }
