// Command loadtime measures how long a fresh process takes to load the
// built-in entity model and its lexicon (word classes and gazetteers,
// decoded together with the weights): the start-up every ergraph command
// that extracts pays once. It prints the wall time in milliseconds.
//
//	go build -o /tmp/loadtime ./tools/loadtime
//	for i in $(seq 20); do /tmp/loadtime; done | sort -n | sed -n 11p   # the median
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/ergraph/ergraph/extract/ner"
)

func main() {
	start := time.Now()
	if _, err := ner.DefaultModel(); err != nil {
		fmt.Fprintln(os.Stderr, "loadtime:", err)
		os.Exit(1)
	}
	fmt.Println(time.Since(start).Milliseconds())
}
