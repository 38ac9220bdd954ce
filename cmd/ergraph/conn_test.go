package main

import "testing"

func TestConnConfig(t *testing.T) {
	tests := []struct {
		name               string
		flags              connFlags
		env                map[string]string
		wantUser, wantPass string
	}{
		{"environment", connFlags{}, map[string]string{"NEO4J_USERNAME": "envuser", "NEO4J_PASSWORD": "envpw"}, "envuser", "envpw"},
		{"URI before environment", connFlags{uri: "bolt://uriuser:uripw@h:7687"}, map[string]string{"NEO4J_USERNAME": "envuser", "NEO4J_PASSWORD": "envpw"}, "", ""},
		{"flags before URI", connFlags{uri: "bolt://uriuser:uripw@h:7687", user: "flaguser", password: "flagpw"}, nil, "flaguser", "flagpw"},
		{"URI user without password", connFlags{uri: "bolt://uriuser@h:7687"}, map[string]string{"NEO4J_PASSWORD": "envpw"}, "", "envpw"},
		{"defaults", connFlags{}, map[string]string{"NEO4J_USERNAME": "", "NEO4J_PASSWORD": ""}, "neo4j", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_URI", "")
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			// Empty user and password let store.Open take the URI's.
			if cfg := tt.flags.config(); cfg.User != tt.wantUser || cfg.Password != tt.wantPass {
				t.Errorf("config() user %q password %q; want %q and %q", cfg.User, cfg.Password, tt.wantUser, tt.wantPass)
			}
		})
	}
}
