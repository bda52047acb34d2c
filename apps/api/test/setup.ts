// type-graphql and MikroORM read decorator metadata: load the polyfill before any entity.
import 'reflect-metadata';
