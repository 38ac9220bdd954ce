module github.com/ergraph/ergraph

go 1.26.8

require (
	github.com/chromedp/cdproto v0.160.1
	github.com/chromedp/chromedp v0.23.1
	github.com/jdkato/prose/v2 v2.0.0
	github.com/neo4j/neo4j-go-driver/v5 v5.28.4
	golang.org/x/text v0.44.0
	gonum.org/v1/gonum v0.17.0
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
