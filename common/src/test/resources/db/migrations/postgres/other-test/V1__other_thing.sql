CREATE TABLE other_thing (id uuid PRIMARY KEY, label text NOT NULL);
