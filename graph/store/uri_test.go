package store

import (
	"strings"
	"testing"
)

func TestSplitUserinfo(t *testing.T) {
	tests := []struct {
		raw, uri, user, password string
	}{
		{"bolt://localhost:7687", "bolt://localhost:7687", "", ""},
		{"bolt://neo4j:s3cret@db.example:7687", "bolt://db.example:7687", "neo4j", "s3cret"},
		{"neo4j://reader@db.example", "neo4j://db.example", "reader", ""},
		{"bolt://u:p%40ss@h:1", "bolt://h:1", "u", "p@ss"},
	}
	for _, tt := range tests {
		uri, user, password, err := splitUserinfo(tt.raw)
		if err != nil || uri != tt.uri || user != tt.user || password != tt.password {
			t.Errorf("splitUserinfo(%q) = %q, %q, %q, %v; want %q, %q, %q", tt.raw, uri, user, password, err, tt.uri, tt.user, tt.password)
		}
	}
	if _, _, _, err := splitUserinfo("bolt://u:Secret-1@h:notaport"); err == nil || strings.Contains(err.Error(), "Secret-1") {
		t.Errorf("splitUserinfo(bad port) error = %v; want an error without the password", err)
	}
}
