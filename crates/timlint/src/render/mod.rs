pub mod json; pub mod sarif; pub mod text;
