package cli

import (
	"fmt"
	"regexp"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"dateline/ui"
)

// Sections of the man page beyond what the commands and flags say.
const (
	manSearch = `A query is words, each matched fuzzily against the words of the title, source, dateline, countries and text; every word must match. fzf's operators work on words: 'exact, ^prefix, suffix$, !not, and a | b for either. Qualifiers narrow a search and can stand alone: c:BY or c:belarus (a country), src:azertac, by:name, date:2025-05 or date:2025-05..2025-09, is:read, is:unread, is:saved, in:world or in:./news/world (the articles of a folder and the folders below it); each can be negated with !. Put a query that holds ! in single quotes: shells expand it.`
	manExit   = `0 done; 1 nothing matched (search), nothing to load, or nothing fetched; 2 a usage or I/O error, or the app run without a terminal; 128+n when signal n ended the program (130 for ctrl+c during a load or a search in the subcommands). In the app, q and ctrl+c quit with 0.`
)

// shortFlag mends the flags with a shorthand, which the man page
// generator writes as "--d --dir".
var shortFlag = regexp.MustCompile(`\\fB--(\w) --`)

// manCmd prints the man page: the commands and flags, and sections for
// the keys (from the app's key table), the search syntax and the exit
// statuses.
func manCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "man",
		Short:  "Print the man page",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return fmt.Errorf("making the man page: %w", err)
			}
			page = page.WithSection("Keys", ui.KeysHelp()).
				WithSection("Search syntax", manSearch).
				WithSection("Exit status", manExit)
			out := shortFlag.ReplaceAllString(page.Build(roff.NewDocument()), `\fB-$1, --`)
			_, err = fmt.Fprint(cmd.OutOrStdout(), out)
			return err
		},
	}
}
