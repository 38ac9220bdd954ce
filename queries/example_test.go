package queries_test

import (
	"fmt"

	"github.com/ergraph/ergraph/queries"
)

// A parameter's value is checked and spelt as the query wants it before it
// is sent to Neo4j.
func ExampleParam_Value() {
	q, _ := queries.Get("typed-relations")
	typ, _ := q.Param("type")
	limit, _ := q.Param("limit")
	fmt.Println(typ.Value("works_for"))
	fmt.Println(limit.Value("-1"))
	// Output:
	// WORKS_FOR <nil>
	// <nil> bad parameter value: parameter limit wants an integer >= 1, not "-1"
}
